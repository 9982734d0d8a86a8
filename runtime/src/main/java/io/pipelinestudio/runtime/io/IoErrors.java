package io.pipelinestudio.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file system failure in words: Java names the kind of failure by the exception's class and gives only the
 * path as its message ({@code AccessDeniedException: /proc/out.csv}), which means little without the class
 * name and too much with it.
 */
public final class IoErrors {
    private IoErrors() {}

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile() + (f.getOtherFile() == null ? "" : " (or " + f.getOtherFile() + ")");
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "already exists: " + f.getFile();
        }
        if (e instanceof NotDirectoryException f) {
            return "not a folder: " + f.getFile();
        }
        if (e instanceof FileSystemException f) {
            return (f.getReason() == null ? "cannot be used" : f.getReason()) + ": " + f.getFile();
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }
}
