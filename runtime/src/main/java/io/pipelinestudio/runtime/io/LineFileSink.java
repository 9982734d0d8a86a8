package io.pipelinestudio.runtime.io;

import io.pipelinestudio.runtime.functions.NodeFailureException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes records as lines to one file, run with parallelism 1. Lines go to {@code FILE.inprogress}
 * first, which is moved onto {@code FILE} when the input ends, so the file under its name is always
 * complete; a job that fails or is cancelled leaves the in-progress file and the old file untouched.
 */
public final class LineFileSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String header;
    private final LineEncoder<T> encoder;
    private final boolean deleteWhenEmpty;
    private final SinkTap<T> tap;
    /** The node the file belongs to, named in a failure to write it; null outside a pipeline. */
    private final String nodeId;

    /**
     * @param header first line, or null
     * @param deleteWhenEmpty whether a run that writes no record removes the file instead of leaving it empty
     */
    public LineFileSink(String path, String header, LineEncoder<T> encoder, boolean deleteWhenEmpty, SinkTap<T> tap) {
        this(path, header, encoder, deleteWhenEmpty, tap, null);
    }

    /** As above, for the node {@code nodeId}: a file it cannot write fails the job on that node, in words. */
    public LineFileSink(String path, String header, LineEncoder<T> encoder, boolean deleteWhenEmpty, SinkTap<T> tap,
            String nodeId) {
        this.path = path;
        this.header = header;
        this.encoder = encoder;
        this.deleteWhenEmpty = deleteWhenEmpty;
        this.tap = tap;
        this.nodeId = nodeId;
    }

    public static Path inProgressPath(Path target) {
        return target.resolveSibling(target.getFileName() + ".inprogress");
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        Path target = Paths.get(path).toAbsolutePath();
        try {
            return new Writer<>(target, header, encoder, deleteWhenEmpty, tap.open(), nodeId);
        } catch (IOException e) {
            throw failure(nodeId, target, e);
        }
    }

    /**
     * The failure to write {@code target}, for the caller to throw: on the node, in words, when there is one
     * (the run names the node it finds in the chain of causes); {@code e} as it is outside a pipeline.
     */
    private static IOException failure(String nodeId, Path target, IOException e) {
        if (nodeId == null) {
            return e;
        }
        return new IOException(e.getMessage(),
                new NodeFailureException(nodeId, "cannot write " + target + ": " + IoErrors.describe(e), e));
    }

    private static final class Writer<T> implements SinkWriter<T> {
        private final Path target;
        private final Path inProgress;
        private final LineEncoder<T> encoder;
        private final boolean deleteWhenEmpty;
        private final Consumer<T> tap;
        private final BufferedWriter out;
        private final String nodeId;
        private long records;
        private boolean committed;

        Writer(Path target, String header, LineEncoder<T> encoder, boolean deleteWhenEmpty, Consumer<T> tap,
                String nodeId) throws IOException {
            this.target = target;
            this.nodeId = nodeId;
            this.inProgress = inProgressPath(target);
            this.encoder = encoder;
            this.deleteWhenEmpty = deleteWhenEmpty;
            this.tap = tap;
            if (target.getParent() != null) {
                try {
                    Files.createDirectories(target.getParent());
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // what is in the way is a file where a folder should be
                    throw new java.nio.file.NotDirectoryException(e.getFile());
                }
            }
            this.out = Files.newBufferedWriter(inProgress, StandardCharsets.UTF_8);
            if (header != null) {
                out.write(header);
                out.write('\n');
            }
        }

        @Override
        public void write(T record, Context context) throws IOException {
            try {
                out.write(encoder.encode(record));
                out.write('\n');
            } catch (IOException e) {
                throw failure(nodeId, target, e);
            }
            records++;
            if (tap != null) {
                tap.accept(record);
            }
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            try {
                commitIf(endOfInput);
            } catch (IOException e) {
                throw failure(nodeId, target, e);
            }
        }

        private void commitIf(boolean endOfInput) throws IOException {
            out.flush();
            if (endOfInput && !committed) {
                out.close();
                committed = true;
                if (deleteWhenEmpty && records == 0) {
                    Files.deleteIfExists(inProgress);
                    Files.deleteIfExists(target);
                    return;
                }
                try {
                    Files.move(inProgress, target, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(inProgress, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                out.close();
            }
        }
    }
}
