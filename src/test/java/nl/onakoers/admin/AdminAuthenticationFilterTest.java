package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class AdminAuthenticationFilterTest {

  @Test
  void everyAdminAnswerIsKeptOutOfCaches() {
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

    new AdminAuthenticationFilter().filter(null, response(headers));

    assertThat(headers.getFirst("Cache-Control"))
        .as("an export holds a person's data, an invitation is a credential")
        .isEqualTo("no-store");
  }

  private static ContainerResponseContext response(MultivaluedMap<String, Object> headers) {
    return (ContainerResponseContext)
        Proxy.newProxyInstance(
            AdminAuthenticationFilterTest.class.getClassLoader(),
            new Class<?>[] {ContainerResponseContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getHeaders")) {
                return headers;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
