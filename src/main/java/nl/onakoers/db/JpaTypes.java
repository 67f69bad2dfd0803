package nl.onakoers.db;

import java.util.List;

/**
 * Every JPA entity class of the persistence unit. The unit is built in code (see {@link Database}),
 * so a new entity is listed here; a test checks the list against the schema.
 */
final class JpaTypes {

  static final List<Class<?>> ALL =
      List.of(
          nl.onakoers.lti.keys.infrastructure.ToolKeyRow.class,
          nl.onakoers.lti.platform.infrastructure.RegistrationRow.class,
          nl.onakoers.lti.platform.infrastructure.DeploymentRow.class,
          nl.onakoers.lti.registration.infrastructure.InvitationUseRow.class,
          nl.onakoers.lti.login.infrastructure.LoginStateRow.class,
          nl.onakoers.lti.session.infrastructure.LaunchSessionRow.class,
          nl.onakoers.ona.card.infrastructure.StepProgressRow.class,
          nl.onakoers.ona.card.infrastructure.ParticipantCardRow.class,
          nl.onakoers.ona.card.infrastructure.CardEventRow.class,
          nl.onakoers.lti.ags.infrastructure.ScoreOutboxRow.class,
          nl.onakoers.ona.evidence.infrastructure.EvidenceFileRow.class,
          nl.onakoers.ona.evidence.infrastructure.EvidenceContentRow.class,
          nl.onakoers.ona.review.infrastructure.CardReviewRow.class,
          nl.onakoers.demo.infrastructure.DemoKeyRow.class,
          nl.onakoers.demo.infrastructure.DemoLinkRow.class,
          nl.onakoers.demo.infrastructure.DemoLineItemRow.class,
          nl.onakoers.demo.infrastructure.DemoScoreRow.class);

  private JpaTypes() {}
}
