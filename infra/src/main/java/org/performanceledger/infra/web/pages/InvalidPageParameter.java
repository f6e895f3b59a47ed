package org.performanceledger.infra.web.pages;

/**
 * A page's address carries a parameter the page cannot take (an edited link: {@code .csv?section=4},
 * {@code ?publication=x}). Thrown by a controller that has no form to show the error in; {@link BrowserErrorPages}
 * answers it with the 400 page naming the parameter, what was given and what it accepts.
 */
public class InvalidPageParameter extends RuntimeException {

    private final String parameter;

    /**
     * @param parameter the parameter's name in the address ({@code section})
     * @param given     what the address gave, or null when it gave nothing
     * @param accepts   what the parameter accepts, as a sentence ("The section must be 1, 2 or 3")
     */
    public InvalidPageParameter(String parameter, Object given, String accepts) {
        super(describe(parameter, given, accepts));
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /**
     * @param parameter the parameter's name in the address ({@code asOf})
     * @param accepts   what the parameter accepts, as a sentence
     */
    public InvalidPageParameter(String parameter, String accepts) {
        super("The address's " + parameter + " cannot be taken. " + accepts + (accepts.endsWith(".") ? "" : "."));
        this.parameter = parameter;
    }

    static String describe(String parameter, Object given, String accepts) {
        String what = given == null || given.toString().isBlank()
                ? "The address gives no " + parameter
                : "The address gives " + parameter + "=" + abbreviated(given.toString());
        return what + ". " + accepts + (accepts.endsWith(".") ? "" : ".");
    }

    /** Whatever was typed, shown short enough to read. */
    private static String abbreviated(String given) {
        return given.length() <= 40 ? given : given.substring(0, 40) + "…";
    }
}
