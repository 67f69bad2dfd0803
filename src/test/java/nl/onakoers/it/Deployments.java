package nl.onakoers.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the container tests deploy: the very WAR the build produced, not a hand-picked subset. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive builtWar() {
    File war = new File(System.getProperty("ona.war", "target/ROOT.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The deployment's base URL on the loopback address. Arquillian reports the machine's outward
   * address, which this machine's network does not route to itself.
   */
  public static URI loopback(URL deployed) {
    return URI.create("http://127.0.0.1:" + deployed.getPort() + deployed.getPath());
  }
}
