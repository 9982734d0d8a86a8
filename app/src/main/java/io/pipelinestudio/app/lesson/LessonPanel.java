package io.pipelinestudio.app.lesson;

import io.pipelinestudio.model.lesson.LessonStep;
import io.pipelinestudio.model.lesson.OpenedLesson;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * The lesson beside the canvas: its title, which step of how many, the step's caption, the button that
 * carries out its action, and Previous and Next.
 */
public final class LessonPanel extends VBox {
    private final LessonPlayer player;
    private final Label title = new Label();
    private final Label position = new Label();
    private final TextFlow caption = new TextFlow();
    private final Button action = new Button();
    private final Button previous = new Button("\u2039 Previous");
    private final Button next = new Button("Next \u203a");
    private final Button close = new Button("Close lesson");

    public LessonPanel(LessonPlayer player) {
        this.player = player;
        createView();
        player.lessonProperty().addListener(o -> refresh());
        player.stepProperty().addListener(o -> refresh());
        refresh();
    }

    private void createView() {
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        setSpacing(10);
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        position.setId("lesson-position");
        position.getStyleClass().add("lesson-position");
        caption.setId("lesson-caption");
        caption.getStyleClass().add("lesson-caption");
        ScrollPane captionScroll = new ScrollPane(caption);
        captionScroll.setFitToWidth(true);
        captionScroll.getStyleClass().add("lesson-caption-scroll");
        VBox.setVgrow(captionScroll, Priority.ALWAYS);
        action.setId("lesson-action");
        action.getStyleClass().add("lesson-action");
        action.setMaxWidth(Double.MAX_VALUE);
        action.setWrapText(true);
        action.setOnAction(e -> player.perform());
        previous.setId("lesson-previous");
        previous.setOnAction(e -> player.previous());
        next.setId("lesson-next");
        next.setOnAction(e -> player.next());
        close.setId("lesson-close");
        close.setOnAction(e -> player.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox navigation = new HBox(8, previous, gap, next);
        navigation.setAlignment(Pos.CENTER_LEFT);
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(title, position, captionScroll, action, navigation, close);
    }

    private void refresh() {
        OpenedLesson opened = player.lessonProperty().get();
        LessonStep step = player.currentStep();
        if (opened == null || step == null) {
            title.setText("");
            position.setText("");
            caption.getChildren().clear();
            action.setVisible(false);
            return;
        }
        title.setText(opened.lesson().title());
        int index = player.stepProperty().get();
        position.setText("Step " + (index + 1) + " of " + player.stepCount());
        caption.getChildren().setAll(CaptionText.render(step.caption() == null ? "" : step.caption()));
        action.setVisible(step.action() != null);
        action.setManaged(step.action() != null);
        action.setText(step.action() == null ? "" : LessonPlayer.describe(step.action()));
        previous.setDisable(index == 0);
        next.setDisable(index + 1 >= player.stepCount());
    }
}
