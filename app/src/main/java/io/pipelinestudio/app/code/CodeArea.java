package io.pipelinestudio.app.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Read-only, syntax-highlighted Java that can be selected with the mouse (double click: a word, triple
 * click: everything) and copied: a {@link TextFlow} of coloured runs over a highlight drawn from the flow's
 * own hit testing, since JavaFX's text controls cannot colour parts of their text.
 */
public final class CodeArea extends Pane {
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private String text = "";
    private int anchor;
    private int caret;

    public CodeArea() {
        getStyleClass().add("code-area");
        flow.getStyleClass().add("code-flow");
        highlight.getStyleClass().add("code-selection");
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        getChildren().addAll(highlight, flow);
        setFocusTraversable(true);
        setCursor(Cursor.TEXT);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> select(anchor, indexAt(e)));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelection();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
                selectAll();
                e.consume();
            }
        });
    }

    /** Shows {@code source}, coloured by token kind, and clears the selection. */
    public void setText(String source) {
        text = source == null ? "" : source;
        List<Text> runs = new ArrayList<>();
        for (JavaTokens.Token token : JavaTokens.of(text)) {
            Text run = new Text(token.text());
            run.getStyleClass().addAll("code-text", "code-" + token.kind().name().toLowerCase(Locale.ROOT));
            runs.add(run);
        }
        flow.getChildren().setAll(runs);
        select(0, 0);
    }

    public String getText() {
        return text;
    }

    public String selectedText() {
        return text.substring(Math.min(anchor, caret), Math.max(anchor, caret));
    }

    public void selectAll() {
        select(0, text.length());
    }

    /** Puts the selection, or all of the code when nothing is selected, on the clipboard. */
    public void copySelection() {
        String selected = selectedText();
        ClipboardContent content = new ClipboardContent();
        content.putString(selected.isEmpty() ? text : selected);
        Clipboard.getSystemClipboard().setContent(content);
    }

    public void select(int from, int to) {
        anchor = clamp(from);
        caret = clamp(to);
        int start = Math.min(anchor, caret);
        int end = Math.max(anchor, caret);
        if (start == end) {
            highlight.getElements().clear();
        } else {
            highlight.getElements().setAll(flow.rangeShape(start, end));
        }
    }

    private void press(MouseEvent e) {
        // consumed, or the scroll pane around would take the focus, and with it the copy shortcut
        e.consume();
        requestFocus();
        int index = indexAt(e);
        if (e.getClickCount() >= 3) {
            selectAll();
        } else if (e.getClickCount() == 2) {
            int start = index;
            int end = index;
            while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
                start--;
            }
            while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
            select(start, end);
        } else if (e.isShiftDown()) {
            select(anchor, index);
        } else {
            select(index, index);
        }
    }

    private int indexAt(MouseEvent e) {
        Point2D local = flow.sceneToLocal(e.getSceneX(), e.getSceneY());
        return clamp(flow.hitTest(local).getInsertionIndex());
    }

    private int clamp(int index) {
        return Math.max(0, Math.min(index, text.length()));
    }

    @Override
    protected void layoutChildren() {
        flow.resizeRelocate(0, 0, flow.prefWidth(-1), flow.prefHeight(-1));
        // the highlight's shape is in the flow's coordinates, which a relayout may have changed
        select(anchor, caret);
    }

    @Override
    protected double computePrefWidth(double height) {
        return flow.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return flow.prefHeight(-1);
    }
}
