package nl.onakoers.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

  @TempDir Path temp;

  @Test
  void aNewDataFolderIsReadableByItsOwnerOnly() throws Exception {
    Path folder = temp.resolve("data/nested");

    DataFolder.prepare(folder);

    assertThat(folder).isDirectory();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(DataFolder.isOpenToOthers(folder)).isFalse();
  }

  @Test
  void anExistingOpenFolderIsKeptAsItIsAndRecognisedAsOpen() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("open"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

    DataFolder.prepare(folder);

    assertThat(DataFolder.isOpenToOthers(folder)).isTrue();
  }
}
