package io.pipelinestudio.app.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The undo and redo history: capped, redo cleared on every new edit, successive mergeable edits folded
 * into one entry, and a read-only revision that panels listen to.
 */
public final class CommandStack {
    private final int capacity;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private boolean running;

    public CommandStack(int capacity) {
        this.capacity = capacity;
    }

    /** Executes {@code command} and records it; refused while another command runs. */
    public void push(Command command) {
        if (running) {
            throw new IllegalStateException("Expected no command to be running but one is; commands may not push commands");
        }
        running = true;
        try {
            command.execute();
        } finally {
            running = false;
        }
        if (command instanceof GraphEdit edit && !edit.changedAnything()) {
            return;
        }
        redo.clear();
        Command top = undo.peek();
        if (top == null || !top.mergeWith(command)) {
            undo.push(command);
            if (undo.size() > capacity) {
                undo.removeLast();
            }
        }
        revision.set(revision.get() + 1);
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command command = undo.pop();
        run(command::undo);
        redo.push(command);
        revision.set(revision.get() + 1);
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command command = redo.pop();
        run(command::redo);
        undo.push(command);
        revision.set(revision.get() + 1);
    }

    /** Forgets the whole history, as when another pipeline is opened. */
    public void clear() {
        undo.clear();
        redo.clear();
        revision.set(revision.get() + 1);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public String undoDescription() {
        return undo.isEmpty() ? "" : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? "" : redo.peek().description();
    }

    public int size() {
        return undo.size();
    }

    /** Increases with every push, undo, redo and clear. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void run(Runnable action) {
        running = true;
        try {
            action.run();
        } finally {
            running = false;
        }
    }
}
