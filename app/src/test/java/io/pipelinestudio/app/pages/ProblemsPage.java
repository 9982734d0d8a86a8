package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.validate.Problem;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;

/** The problems list: what it shows, and double-clicking an entry. */
public final class ProblemsPage {
    private final FxRobot robot;
    private final Designer designer;

    public ProblemsPage(FxRobot robot, Designer designer) {
        this.robot = robot;
        this.designer = designer;
    }

    @SuppressWarnings("unchecked")
    private ListView<Problem> list() {
        return robot.lookup("#problems-list").queryAs(ListView.class);
    }

    public List<Problem> shown() {
        return Fx.get(() -> List.copyOf(list().getItems()));
    }

    public boolean lists(String target) {
        return Fx.get(() -> list().getItems().stream().anyMatch(p -> p.target().equals(target)));
    }

    /** Double-clicks the first problem pinned to {@code target}. */
    public ProblemsPage open(String target) {
        Node cell = robot.lookup(".problem-cell").match(n -> n instanceof ListCell<?> c && c.getItem() instanceof Problem p
                && p.target().equals(target)).query();
        robot.doubleClickOn(cell);
        return this;
    }
}
