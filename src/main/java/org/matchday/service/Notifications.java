package org.matchday.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.rest.dto.LinkView;
import org.matchday.rest.dto.MeetingChange;

import java.util.List;

/** What participants are told by mail: invitations, wishes received and answered, timetables and their changes. */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);

    public void invitation(Participant participant, LinkView link) {
        LOG.debugf("Invitation for %s", participant.code);
    }

    public void wishReceived(MeetingRequest wish) {
        LOG.debugf("Wish %s received by %s", wish.code, wish.to.code);
    }

    public void wishAnswered(MeetingRequest wish) {
        LOG.debugf("Wish %s answered %s", wish.code, wish.status);
    }

    /** After a publication: the first goes to everyone, later ones only to those whose meetings changed. */
    public void published(long eventId, int publicationNumber, List<MeetingChange> changes) {
        LOG.debugf("Publication %d of event %d with %d changes", publicationNumber, eventId, changes.size());
    }
}
