package nl.onakoers.lti.ags;

/**
 * The one way the AGS classes talk to a platform, small so tests answer with captured responses.
 * Implementations follow no redirects and time out; a transport failure is a {@link
 * PlatformUnreachableException}.
 */
public interface PlatformHttp {

  /** Sends the request and returns whatever status the platform answered. */
  PlatformResponse send(PlatformRequest request);
}
