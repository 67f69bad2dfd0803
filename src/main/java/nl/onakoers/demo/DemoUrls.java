package nl.onakoers.demo;

/** Paths of the sandbox's services below {@code /demo}, one place for the resources and claims. */
public final class DemoUrls {

  private DemoUrls() {}

  public static String lineItems(String contextId) {
    return "/courses/" + contextId + "/lineitems";
  }

  public static String lineItem(String contextId, String lineItemId) {
    return lineItems(contextId) + "/" + lineItemId;
  }

  public static String memberships(String contextId) {
    return "/courses/" + contextId + "/memberships";
  }
}
