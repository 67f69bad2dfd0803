package nl.onakoers.lti.ags;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.onakoers.lti.MoodleFixtures;

/**
 * A platform that answers each request with the next queued response (by default the captured
 * Moodle ones) and records what the tool sent.
 */
final class StubPlatform implements PlatformHttp {

  final List<PlatformRequest> requests = new ArrayList<>();
  private final Deque<Supplier<PlatformResponse>> answers = new ArrayDeque<>();

  /** Queues the response of a fixture file, e.g. {@code token-request.json}. */
  StubPlatform answer(String fixture) {
    PlatformResponse response = fixtureResponse(fixture);
    answers.add(() -> response);
    return this;
  }

  StubPlatform answer(int status, String body) {
    answers.add(() -> new PlatformResponse(status, Map.of(), body));
    return this;
  }

  StubPlatform answer(Supplier<PlatformResponse> answer) {
    answers.add(answer);
    return this;
  }

  @Override
  public synchronized PlatformResponse send(PlatformRequest request) {
    requests.add(request);
    Supplier<PlatformResponse> answer = answers.poll();
    if (answer == null) {
      throw new AssertionError("Unexpected request " + request);
    }
    return answer.get();
  }

  PlatformRequest last() {
    return requests.get(requests.size() - 1);
  }

  @SuppressWarnings("unchecked")
  static PlatformResponse fixtureResponse(String fixture) {
    Map<String, Object> response =
        (Map<String, Object>) MoodleFixtures.json(fixture).get("response");
    Map<String, Object> headers = (Map<String, Object>) response.get("headers");
    Map<String, List<String>> lists = new java.util.HashMap<>();
    headers.forEach((name, value) -> lists.put(name, List.of((String) value)));
    return new PlatformResponse(
        ((Number) response.get("status")).intValue(), lists, (String) response.get("body_raw"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> fixtureRequest(String fixture) {
    return (Map<String, Object>) MoodleFixtures.json(fixture).get("request");
  }
}
