package io.pipelinestudio.model.node;

/**
 * What a setting's value names, so that an editor can offer the right choices: a field of the node's input
 * (or a list of them), a file it reads or writes, or a folder it writes into; plain text otherwise.
 */
public enum SettingRole {
    TEXT,
    INPUT_FIELD,
    INPUT_FIELDS,
    FILE_TO_READ,
    FILE_TO_WRITE,
    FOLDER_TO_WRITE
}
