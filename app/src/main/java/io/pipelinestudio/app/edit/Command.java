package io.pipelinestudio.app.edit;

/** One undoable edit of the open pipeline. */
public interface Command {
    /** Applies the edit for the first time, remembering what it needs to undo it. */
    void execute();

    void undo();

    void redo();

    /** What the edit did, for the Edit menu ("Undo Move 3 nodes"). */
    String description();

    /**
     * Folds {@code next}, already executed, into this command so that both undo as one; false when they
     * are separate edits.
     */
    default boolean mergeWith(Command next) {
        return false;
    }
}
