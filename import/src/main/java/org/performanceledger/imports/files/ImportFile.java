package org.performanceledger.imports.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file handed in for import: its name as the user gave it and its bytes.
 *
 * @param name    the file's name, kept in every event it gives rise to
 * @param content the file as uploaded
 */
public record ImportFile(String name, byte[] content) {

    /** The SHA-256 of the content in hex: proof of exactly which file an event came from. */
    public String checksum() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    boolean isWorkbook() {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        // An .xlsx file is a zip archive: "PK" first, whatever it is called.
        return lower.endsWith(".xlsx") || content.length > 1 && content[0] == 'P' && content[1] == 'K';
    }
}
