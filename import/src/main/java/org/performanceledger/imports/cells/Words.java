package org.performanceledger.imports.cells;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a cell's words are compared: case, spaces and punctuation do not matter. */
public final class Words {

    private Words() {
    }

    /** Lower case letters and digits only: how names are compared. */
    public static String words(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public static boolean isTbc(String text) {
        return words(text).equals("tbc") || words(text).equals("tobeconfirmed");
    }

    public static boolean isNotApplicable(String text) {
        String w = words(text);
        return w.equals("na") || w.equals("notapplicable");
    }

    /** The constant whose name the text spells, whatever its case and spacing: "Cumulative YTD" is CUMULATIVE_YTD. */
    static <E extends Enum<E>> Optional<E> byName(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> words(constant.name()).equals(words(text))).findFirst();
    }
}
