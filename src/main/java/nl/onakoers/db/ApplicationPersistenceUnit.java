package nl.onakoers.db;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The description of the tool's persistence unit that {@link Database} hands to EclipseLink.
 *
 * <p>Why not {@code persistence.xml}: inside Payara a {@code persistence.xml} becomes a
 * container-managed unit bound to one JNDI data source at deploy time, and EclipseLink's class
 * discovery does not see the WAR's entities when the unit is built in code. Describing the unit
 * here, with the entity list and the application's class loader, works the same inside Payara and
 * in plain unit tests.
 */
final class ApplicationPersistenceUnit implements PersistenceUnitInfo {

  static final String NAME = "ona-koers";

  private final DataSource dataSource;
  private final List<String> entityClassNames;

  ApplicationPersistenceUnit(DataSource dataSource, List<Class<?>> entityClasses) {
    this.dataSource = dataSource;
    this.entityClassNames = entityClasses.stream().map(Class::getName).toList();
  }

  @Override
  public String getPersistenceUnitName() {
    return NAME;
  }

  @Override
  public String getPersistenceProviderClassName() {
    return "org.eclipse.persistence.jpa.PersistenceProvider";
  }

  @Override
  public String getScopeAnnotationName() {
    return null;
  }

  @Override
  public List<String> getQualifierAnnotationNames() {
    return List.of();
  }

  @Override
  @SuppressWarnings("removal")
  public PersistenceUnitTransactionType getTransactionType() {
    return PersistenceUnitTransactionType.RESOURCE_LOCAL;
  }

  @Override
  public DataSource getJtaDataSource() {
    return null;
  }

  @Override
  public DataSource getNonJtaDataSource() {
    return dataSource;
  }

  @Override
  public List<String> getMappingFileNames() {
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  @Override
  public URL getPersistenceUnitRootUrl() {
    // The folder (or jar) this class was loaded from, e.g. WEB-INF/classes/ in the WAR. Taken
    // from the class file's own URL: Payara's code source location is not a usable root.
    String classFile = ApplicationPersistenceUnit.class.getName().replace('.', '/') + ".class";
    String url = getClassLoader().getResource(classFile).toString();
    String root = url.substring(0, url.length() - classFile.length());
    if (root.startsWith("jar:") && root.endsWith("!/")) {
      root = root.substring("jar:".length(), root.length() - "!/".length());
    }
    try {
      return URI.create(root).toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalStateException("Cannot build the persistence unit root URL " + root, e);
    }
  }

  @Override
  public List<String> getManagedClassNames() {
    return entityClassNames;
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return true;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    // A second node may change rows: never serve entities from a cache shared across requests.
    return SharedCacheMode.NONE;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.NONE;
  }

  @Override
  public Properties getProperties() {
    return new Properties();
  }

  @Override
  public String getPersistenceXMLSchemaVersion() {
    return "3.2";
  }

  @Override
  public ClassLoader getClassLoader() {
    return ApplicationPersistenceUnit.class.getClassLoader();
  }

  @Override
  public void addTransformer(ClassTransformer transformer) {
    // Weaving is off (see Database): there is nothing to transform.
  }

  @Override
  public ClassLoader getNewTempClassLoader() {
    return getClassLoader();
  }
}
