package io.pipelinestudio.app.settings;

import io.pipelinestudio.app.concurrent.BackgroundThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The current settings as an observable value; every change is written to disk in the background. */
public final class UserSettings {
    private final SettingsStore store;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ExecutorService writer = BackgroundThreads.single("settings-writer");

    public UserSettings(SettingsStore store) {
        this.store = store;
        settings.set(store.load());
    }

    public Settings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        if (next.equals(settings.get())) {
            return;
        }
        settings.set(next);
        writer.execute(() -> store.save(next));
    }

    /** Waits briefly for pending writes, as the window closes. */
    public void flush() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
