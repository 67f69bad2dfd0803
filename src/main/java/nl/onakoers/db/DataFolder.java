package nl.onakoers.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The folder of the embedded database. It holds the tool's private signing key and personal data,
 * so the tool creates it readable by its own user only, and warns when an existing folder is open
 * to others.
 */
final class DataFolder {

  private static final Logger LOG = Logger.getLogger(DataFolder.class.getName());
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  private DataFolder() {}

  static void prepare(Path folder) {
    try {
      if (Files.notExists(folder)) {
        Files.createDirectories(folder);
        restrict(folder);
        LOG.log(Level.INFO, "Created data folder {0} (owner only)", folder.toAbsolutePath());
      } else if (isOpenToOthers(folder)) {
        LOG.log(
            Level.WARNING,
            "Data folder {0} can be read by other users; it holds the signing key: chmod 700 it",
            folder.toAbsolutePath());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data folder " + folder, e);
    }
  }

  private static void restrict(Path folder) throws IOException {
    if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(folder, OWNER_ONLY);
    }
  }

  static boolean isOpenToOthers(Path folder) throws IOException {
    if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      return false;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
    return permissions.contains(PosixFilePermission.OTHERS_READ)
        || permissions.contains(PosixFilePermission.GROUP_READ);
  }
}
