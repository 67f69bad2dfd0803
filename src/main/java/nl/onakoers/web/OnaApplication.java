package nl.onakoers.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS serves every path of the tool; resources live in their feature packages. */
@ApplicationPath("/")
public class OnaApplication extends Application {}
