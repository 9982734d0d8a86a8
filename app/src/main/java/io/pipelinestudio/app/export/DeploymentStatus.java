package io.pipelinestudio.app.export;

import java.awt.Desktop;
import java.net.URI;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The deployed job in the status bar: its state as the cluster reports it, a link to its dashboard page, and,
 * while it runs, a link that stops it with a savepoint.
 */
public final class DeploymentStatus extends HBox {
    private final Label state = new Label();
    private final Hyperlink link = new Hyperlink("Flink dashboard");
    private final Hyperlink stop = new Hyperlink("Stop with savepoint\u2026");

    public DeploymentStatus(DeployActions deployments, Consumer<String> messages) {
        getStyleClass().add("deployment-status");
        setId("deployment-status");
        state.setId("deploy-state");
        link.setId("deploy-link");
        setSpacing(4);
        stop.setId("deploy-stop");
        getChildren().addAll(state, link, stop);
        stop.visibleProperty().bind(deployments.stoppableProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> deployments.stopWithSavepoint());
        visibleProperty().bind(deployments.jobStateProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        state.textProperty().bind(deployments.jobStateProperty());
        link.visibleProperty().bind(deployments.dashboardProperty().isNotNull());
        deployments.dashboardProperty().addListener((o, old, uri) -> link.setTooltip(uri == null ? null
                : new Tooltip(uri.toString())));
        link.setOnAction(e -> open(deployments.dashboardProperty().get(), messages));
    }

    /** Opens the page in the default browser; AWT's desktop calls must not run on the FX thread. */
    private static void open(URI page, Consumer<String> messages) {
        if (page == null) {
            return;
        }
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().browse(page);
            } catch (Exception | LinkageError e) {
                Platform.runLater(() -> messages.accept("Open " + page + " in a browser"));
            }
        }, "open-dashboard");
        opener.setDaemon(true);
        opener.start();
    }
}
