package nl.onakoers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects what the tool's classes log (java.util.logging) while a test runs, so that a test can
 * read the lines an operator would read. Close it to stop listening.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

  private static final Formatter MESSAGE = new SimpleFormatter();

  private final Logger logger;
  private final Level previousLevel;
  private final List<LogRecord> records = new ArrayList<>();

  private CapturedLog(Logger logger) {
    this.logger = logger;
    this.previousLevel = logger.getLevel();
    setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /** Listens to everything below {@code nl.onakoers}. */
  public static CapturedLog ofTool() {
    return new CapturedLog(Logger.getLogger("nl.onakoers"));
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  public synchronized List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** The records of one class's logger. */
  public List<LogRecord> of(Class<?> source) {
    return records().stream().filter(r -> source.getName().equals(r.getLoggerName())).toList();
  }

  /** The message with its parameters filled in, as the log shows it (without the stack trace). */
  public static String line(LogRecord record) {
    return MESSAGE.formatMessage(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previousLevel);
  }
}
