package io.pipelinestudio.app.canvas;

import io.pipelinestudio.app.theme.Styles;
import javafx.css.PseudoClass;
import javafx.scene.layout.Region;

/** A port dot on a node card's edge: inputs on the left, outputs on the right. */
public final class PortView extends Region {
    static final double SIZE = 12;
    private static final PseudoClass ACCEPTS = PseudoClass.getPseudoClass(Styles.ACCEPTS);
    private static final PseudoClass REJECTS = PseudoClass.getPseudoClass(Styles.REJECTS);

    private final String nodeId;
    private final String port;
    private final boolean input;

    PortView(String nodeId, String port, boolean input) {
        this.nodeId = nodeId;
        this.port = port;
        this.input = input;
        setId("port-" + nodeId + "-" + (input ? "in" : "out") + "-" + port);
        getStyleClass().addAll(Styles.PORT, input ? Styles.PORT_IN : Styles.PORT_OUT);
        setPrefSize(SIZE, SIZE);
        setMinSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
    }

    public String nodeId() {
        return nodeId;
    }

    public String port() {
        return port;
    }

    public boolean isInput() {
        return input;
    }

    /** Feedback while a connection is dragged: true accepts, false refuses, null is neutral. */
    void setAccepting(Boolean accepts) {
        pseudoClassStateChanged(ACCEPTS, Boolean.TRUE.equals(accepts));
        pseudoClassStateChanged(REJECTS, Boolean.FALSE.equals(accepts));
    }
}
