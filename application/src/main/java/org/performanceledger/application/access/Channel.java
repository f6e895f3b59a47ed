package org.performanceledger.application.access;

/** The door a request came through, recorded as the source of what it changes. */
public enum Channel {
    API("api"), WEB("web"), IMPORT("import"), COMMAND_LINE("cli"), DEMO("demo");

    private final String source;

    Channel(String source) {
        this.source = source;
    }

    /** As recorded in the events' metadata. */
    public String source() {
        return source;
    }
}
