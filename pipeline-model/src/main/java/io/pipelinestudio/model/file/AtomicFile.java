package io.pipelinestudio.model.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Replaces files so that a reader, or the next start after a crash, finds either the old content or the
 * new one, never a mix: the content goes to a sibling first, reaches the disk, and is then renamed over
 * the target. A file that cannot be read is moved aside rather than overwritten by defaults.
 */
public final class AtomicFile {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AtomicFile() {}

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // one fixed name per target: a copy left by a killed process is replaced by the next save, not piled up
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".saving");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            // without this, a power cut after the rename can leave an empty file where the old one was
            channel.force(true);
        }
        try {
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(folder);
    }

    /**
     * Moves a file that could not be read to {@code name.unreadable-DATE-TIME} beside it, so that whatever
     * replaces it does not destroy what might still be rescued by hand; returns where it went.
     */
    public static Path keepUnreadable(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(STAMP);
        for (int attempt = 0; ; attempt++) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp + (attempt == 0 ? "" : "-" + attempt));
            if (Files.exists(aside)) {
                continue;
            }
            try {
                // without REPLACE_EXISTING the move refuses a name that appeared meanwhile
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException e) {
                // taken between the check and the move: try the next name
            }
        }
    }

    /** Makes the rename itself durable; not every file system can open a folder, and then the rename is enough. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the content is complete either way; only its durability across a power cut is less certain
        }
    }
}
