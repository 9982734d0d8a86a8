package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.support.Fx;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** The Help menu and its About dialog. */
public final class HelpPage {
    private final FxRobot robot;

    public HelpPage(FxRobot robot) {
        this.robot = robot;
    }

    public HelpPage openAbout() {
        robot.clickOn("Help");
        robot.clickOn("About Pipeline Studio");
        Fx.waitUntil("the About dialog", () -> robot.lookup("#about-dialog").tryQuery().isPresent());
        return this;
    }

    public String aboutHeader() {
        return Fx.get(() -> robot.lookup("#about-dialog").queryAs(DialogPane.class).getHeaderText());
    }

    public String aboutVersions() {
        return Fx.get(() -> robot.lookup("#about-versions").queryAs(Label.class).getText());
    }

    public int bundledLibraries() {
        return Fx.get(() -> robot.lookup("#about-licenses").queryAs(TableView.class).getItems().size());
    }
}
