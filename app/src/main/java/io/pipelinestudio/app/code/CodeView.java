package io.pipelinestudio.app.code;

import io.pipelinestudio.app.theme.Styles;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The code of the selected node: highlighted, selectable, with a button that copies it. */
public final class CodeView extends VBox {
    private final CodeViewModel model;
    private final Label message = new Label();
    private final CodeArea area = new CodeArea();
    private final Button copy = new Button("Copy");

    public CodeView(CodeViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("code-view");
        setId("code-view");
        getStylesheets().add(Objects.requireNonNull(CodeView.class.getResource("/assets/css/code.css"),
                "Expected the stylesheet assets/css/code.css on the class path but it is missing").toExternalForm());
        Label header = new Label("DataStream code");
        header.getStyleClass().add(Styles.PANEL_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        copy.setId("code-copy");
        copy.setTooltip(new Tooltip("Copy the code (or the selected part) to the clipboard"));
        HBox top = new HBox(header, spacer, copy);
        top.getStyleClass().add("code-header");
        message.setId("code-message");
        message.getStyleClass().add("code-message");
        message.setWrapText(true);
        area.setId("code-text");
        StackPane padded = new StackPane(area);
        padded.getStyleClass().add("code-content");
        StackPane.setAlignment(area, javafx.geometry.Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(padded);
        scroll.getStyleClass().add("code-scroll");
        scroll.setFitToWidth(false);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, message, scroll);
    }

    private void initListeners() {
        message.textProperty().bind(model.messageProperty());
        area.setText(model.codeProperty().get());
        model.codeProperty().addListener((o, old, now) -> area.setText(now));
        copy.disableProperty().bind(model.codeProperty().isEmpty());
        copy.setOnAction(e -> area.copySelection());
    }

    public CodeArea area() {
        return area;
    }
}
