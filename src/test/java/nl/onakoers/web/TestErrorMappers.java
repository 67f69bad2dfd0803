package nl.onakoers.web;

/** The error mappers wired by hand, as CDI would, without request headers (Dutch pages). */
public final class TestErrorMappers {

  private TestErrorMappers() {}

  public static ErrorPage errorPage() {
    ErrorPage page = new ErrorPage();
    page.templates = new Templates();
    return page;
  }

  public static ProtocolRejectionMapper protocolRejectionMapper() {
    ProtocolRejectionMapper mapper = new ProtocolRejectionMapper();
    mapper.errorPage = errorPage();
    return mapper;
  }

  public static UnhandledErrorMapper unhandledErrorMapper() {
    UnhandledErrorMapper mapper = new UnhandledErrorMapper();
    mapper.errorPage = errorPage();
    return mapper;
  }
}
