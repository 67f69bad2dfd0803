package nl.onakoers.ona.content;

/** A public website participants use in a module, such as werk.nl or kiesmbo.nl. */
public record Source(Text title, String url) {}
