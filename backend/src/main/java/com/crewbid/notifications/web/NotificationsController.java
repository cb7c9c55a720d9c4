package com.crewbid.notifications.web;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.AgencySessions;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.RequiresAgencyRole;
import com.crewbid.notifications.internal.Inbox;
import com.crewbid.notifications.internal.LiveStreams;
import com.crewbid.notifications.internal.NotificationView;
import com.crewbid.notifications.internal.Preferences;
import com.crewbid.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Every member's own notifications in their current agency. */
@RestController
@RequestMapping("/api/notifications")
@RequiresAgencyRole(AgencyRole.VIEWER)
@Tag(name = "Notifications", description = "The signed-in member's own notifications")
class NotificationsController {

  /** The unread count as the badge shows it. */
  record UnreadCount(long unreadCount) {}

  /** What mark-all-read did. */
  record AllRead(int marked, long unreadCount) {}

  private final Inbox inbox;
  private final Preferences preferences;
  private final LiveStreams streams;
  private final AgencySessions sessions;

  NotificationsController(
      Inbox inbox, Preferences preferences, LiveStreams streams, AgencySessions sessions) {
    this.inbox = inbox;
    this.preferences = preferences;
    this.streams = streams;
    this.sessions = sessions;
  }

  @GetMapping
  @Operation(
      summary = "Page through my notifications, newest first (any member)",
      description = "unread=true lists only unread ones.")
  PageResponse<NotificationView> list(
      @RequestParam(defaultValue = "false") boolean unread,
      @ParameterObject
          @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC)
          Pageable pageable) {
    return PageResponse.of(inbox.mine(CurrentMember.require(), unread, pageable), n -> n);
  }

  @GetMapping("/unread-count")
  @Operation(summary = "How many of my notifications are unread (any member)")
  UnreadCount unreadCount() {
    return new UnreadCount(inbox.unreadCount(CurrentMember.require().userId()));
  }

  @PostMapping("/{notificationId}/read")
  @Operation(summary = "Mark one of my notifications read (any member); 404 if not mine")
  NotificationView markRead(@PathVariable UUID notificationId) {
    return inbox.markRead(CurrentMember.require(), notificationId);
  }

  @PostMapping("/read-all")
  @Operation(summary = "Mark all my notifications read (any member)")
  AllRead markAllRead() {
    CurrentMember member = CurrentMember.require();
    int marked = inbox.markAllRead(member);
    return new AllRead(marked, inbox.unreadCount(member.userId()));
  }

  @GetMapping("/preferences")
  @Operation(
      summary = "My channels per topic: in the app, by e-mail (any member)",
      description =
          "Lists the topics my role receives, with the topic's defaults where I chose none.")
  PreferencesResponse preferences() {
    return PreferencesResponse.of(preferences.of(CurrentMember.require()));
  }

  @PutMapping("/preferences")
  @Operation(
      summary = "Change my channels for some topics (any member)",
      description =
          "Topics left out keep their setting. 400 validation for an unknown topic or one my role"
              + " does not receive.")
  PreferencesResponse changePreferences(@Valid @RequestBody PreferencesRequest request) {
    return PreferencesResponse.of(preferences.change(CurrentMember.require(), request.toChoices()));
  }

  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      summary = "Live stream of my notifications, as server-sent events (any member)",
      description =
          "Events: unread-count {unreadCount} first and whenever it changes, notification"
              + " {notification, unreadCount} for each new one; comments as heartbeats. Ends when"
              + " the session ends or moves to another agency.")
  SseEmitter stream(HttpServletResponse response) {
    // Proxies must pass each event on at once.
    response.setHeader("X-Accel-Buffering", "no");
    CurrentMember member = CurrentMember.require();
    return streams.open(sessions.currentMemberSession(), inbox.unreadCount(member.userId()));
  }
}
