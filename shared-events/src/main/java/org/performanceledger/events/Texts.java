package org.performanceledger.events;

import java.util.Objects;

/** Texts compared as people read them: surrounding spaces and blank-for-none make no difference. */
final class Texts {

    private Texts() {
    }

    static boolean same(String a, String b) {
        return Objects.equals(meaning(a), meaning(b));
    }

    private static String meaning(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
