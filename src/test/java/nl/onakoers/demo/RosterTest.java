package nl.onakoers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {

  private static final List<DemoPerson> FOUR = DemoCourse.PEOPLE;

  @Test
  void withoutALimitPagesHoldTwoMembersAndNameTheNextPage() {
    Roster.Page first = Roster.page(FOUR, null, null);
    Roster.Page second = Roster.page(FOUR, null, first.next().orElseThrow());

    assertThat(first.members()).containsExactly(FOUR.get(0), FOUR.get(1));
    assertThat(first.next()).contains(2);
    assertThat(second.members()).containsExactly(FOUR.get(2), FOUR.get(3));
    assertThat(second.next()).isEmpty();
  }

  @Test
  void followingNextPagesVisitsEveryMemberOnce() {
    List<DemoPerson> seen = new ArrayList<>();
    Integer page = 1;
    while (page != null) {
      Roster.Page current = Roster.page(FOUR, 3, page);
      seen.addAll(current.members());
      page = current.next().orElse(null);
    }

    assertThat(seen).containsExactlyElementsOf(FOUR);
  }

  @Test
  void aLimitAsLargeAsTheCourseGivesOnePageWithoutNext() {
    Roster.Page only = Roster.page(FOUR, 4, 1);

    assertThat(only.members()).hasSize(4);
    assertThat(only.next()).isEmpty();
  }

  @Test
  void aPageBeyondTheEndIsEmptyAndBadNumbersMeanTheDefaults() {
    assertThat(Roster.page(FOUR, 2, 9).members()).isEmpty();
    assertThat(Roster.page(FOUR, 2, 9).next()).isEmpty();
    assertThat(Roster.page(FOUR, -1, 0).members()).hasSize(Roster.DEFAULT_LIMIT);
    assertThat(Roster.page(FOUR, 1000, 1).members()).hasSize(4);
  }
}
