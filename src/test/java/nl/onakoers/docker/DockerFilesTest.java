package nl.onakoers.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.onakoers.config.Setting;
import org.junit.jupiter.api.Test;

/**
 * The build machines have no Docker engine, so the files in {@code docker/} are checked by reading
 * them: they name artifacts the build makes, files that exist, and settings the tool knows.
 */
class DockerFilesTest {

  private static final Pattern SETTING = Pattern.compile("\\bONA_[A-Z_]+[A-Z]\\b");

  private static final List<String> KNOWN =
      Arrays.stream(Setting.values()).map(Setting::environmentVariable).toList();

  @Test
  void dockerfileUsesPayaraMicroOfThePomsVersionOnJava21() throws Exception {
    String payaraVersion = pomProperty("payara.version");

    assertThat(dockerfile()).contains("FROM payara/micro:" + payaraVersion + "-jdk21");
  }

  @Test
  void dockerfileCopiesTheBuiltWarAndFilesThatExist() throws Exception {
    assertThat(pom())
        .contains("<finalName>ROOT</finalName>")
        .contains("<packaging>war</packaging>");

    Matcher copy = Pattern.compile("(?m)^COPY (?:--\\S+ )*(\\S+) ").matcher(dockerfile());
    int copies = 0;
    while (copy.find()) {
      copies++;
      String source = copy.group(1);
      if (!source.startsWith("target/")) {
        assertThat(Path.of(source)).as("COPY source").isRegularFile();
      }
    }
    assertThat(copies).isGreaterThanOrEqualTo(2);
    assertThat(dockerfile()).contains("target/ROOT.war /opt/payara/deployments/ROOT.war");
  }

  @Test
  void dockerfileRunsAsNonRootWithHealthCheckAndDataVolume() throws Exception {
    String dockerfile = dockerfile();
    List<String> users =
        dockerfile.lines().filter(l -> l.startsWith("USER ")).collect(Collectors.toList());

    assertThat(users).isNotEmpty();
    assertThat(users.get(users.size() - 1)).isNotEqualTo("USER root");
    assertThat(dockerfile).contains("HEALTHCHECK").contains("/health/ready");
    assertThat(dockerfile).contains("ENV ONA_DATA_DIR=/opt/payara/data");
    assertThat(dockerfile).contains("VOLUME [\"/opt/payara/data\"]");
  }

  @Test
  void everyOnaVariableInTheDockerFilesIsASetting() throws Exception {
    String both = dockerfile() + compose();
    Matcher variable = SETTING.matcher(both);

    while (variable.find()) {
      assertThat(KNOWN).as("known settings").contains(variable.group());
    }
  }

  @Test
  void composeSetsTheDatabaseSettingsAndKeepsDataInNamedVolumes() throws Exception {
    String compose = compose();

    for (Setting setting :
        List.of(Setting.BASE_URL, Setting.DB_URL, Setting.DB_USER, Setting.DB_PASSWORD)) {
      assertThat(compose).contains("      " + setting.environmentVariable() + ":");
    }
    assertThat(compose)
        .contains("dockerfile: docker/Dockerfile")
        .contains("image: postgres:")
        .contains("pgdata:/var/lib/postgresql/data")
        .contains("onadata:/opt/payara/data")
        .contains("profiles: [moodle]");
  }

  @Test
  void secretsHaveNoDefaultSoComposeStopsUntilTheyAreSet() throws Exception {
    String compose = compose();

    assertThat(compose)
        .contains("ONA_ADMIN_TOKEN: ${ONA_ADMIN_TOKEN:?")
        .contains("ONA_DB_PASSWORD: ${ONA_DB_PASSWORD:?")
        .contains("POSTGRES_PASSWORD: ${ONA_DB_PASSWORD:?")
        .doesNotContainPattern("(TOKEN|PASSWORD)[^\\n]*:-");
  }

  @Test
  void theImageKeepsTheSandboxOff() throws Exception {
    assertThat(dockerfile()).contains("ENV ONA_DEMO=false");
  }

  private static String pomProperty(String name) throws Exception {
    Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(pom());
    assertThat(value.find()).as(name + " in pom.xml").isTrue();
    return value.group(1);
  }

  private static String pom() throws Exception {
    return Files.readString(Path.of("pom.xml"));
  }

  private static String dockerfile() throws Exception {
    return Files.readString(Path.of("docker/Dockerfile"));
  }

  private static String compose() throws Exception {
    return Files.readString(Path.of("docker/compose.yaml"));
  }
}
