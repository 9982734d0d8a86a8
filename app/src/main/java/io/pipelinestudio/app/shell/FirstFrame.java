package io.pipelinestudio.app.shell;

import javafx.animation.AnimationTimer;

/** Runs work once the window's first frame has been drawn, so that starting it does not delay that frame. */
public final class FirstFrame {
    private FirstFrame() {}

    /** Call on the FX thread after showing the window; {@code work} runs on the FX thread too. */
    public static void then(Runnable work) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the second pulse after show() comes once the first frame has been rendered
                if (++frames == 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
