package org.openjolo.core.description;

/** What kind of value a channel or setting carries, so a consumer knows how to show, chart and edit it. */
public enum ChannelKind {
    /** A number ({@code Integer} or {@code Double}); charted and logged. */
    NUMBER,
    /** On or off ({@code Boolean}); charted as 0 and 1. */
    BOOLEAN,
    /** One of a fixed list of choices ({@code String}, one of {@link Channel#choices()}). */
    CHOICE,
    /** Free text ({@code String}), e.g. why a protection tripped; not charted. */
    TEXT
}
