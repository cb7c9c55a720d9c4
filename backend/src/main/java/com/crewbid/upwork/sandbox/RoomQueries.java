package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxQueries.caller;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Messages: {@code roomList}, {@code roomStories} and {@code createRoomStoryV2}. The seeded rooms
 * belong to contracts; a request sees the rooms of the contracts it sees. Rooms of closed contracts
 * are read-only, as at Upwork.
 */
@Component
@SandboxEnabled
class RoomQueries implements SandboxQueries {

  static final int PAGE_SIZE_CAP = 50;

  private final SandboxSeed seed;
  private final SandboxRoomStories stories;

  RoomQueries(SandboxSeed seed, SandboxRoomStories stories) {
    this.seed = seed;
    this.stories = stories;
  }

  @Override
  public void wire(RuntimeWiring.Builder wiring) {
    wiring
        .type(
            "Query",
            type ->
                type.dataFetcher("roomList", this::roomList)
                    .dataFetcher("roomStories", this::roomStories))
        .type("Mutation", type -> type.dataFetcher("createRoomStoryV2", this::createRoomStory))
        .type(
            "RoomStory",
            type ->
                type.dataFetcher(
                    "room",
                    env -> room(seed.room(((StoryView) env.getSource()).roomId()).orElseThrow())));
  }

  record RoomView(
      String id,
      String roomName,
      String topic,
      String roomType,
      String contractId,
      String createdAtDateTime,
      boolean readOnly,
      boolean muted,
      boolean hidden,
      boolean favorite,
      int numUnread,
      int numUsers,
      boolean roomNotePresent,
      List<RoomUserView> roomUsers,
      List<String> offerIds,
      List<Object> recruiters,
      @Nullable StoryView latestStory) {}

  record RoomUserView(
      IdentityQueries.GenericUserView user,
      IdentityQueries.GenericOrganizationView organization,
      String role) {}

  /** A {@code RoomStory}; its {@code room} is resolved by a data fetcher from {@code roomId}. */
  record StoryView(
      String id,
      String roomId,
      String createdDateTime,
      String updatedDateTime,
      IdentityQueries.GenericUserView user,
      String message,
      List<Object> attachments) {}

  private Object roomList(DataFetchingEnvironment env) {
    SandboxCaller caller = caller(env);
    Map<String, Object> filter = SandboxConnections.input(env.getArgument("filter"));
    Object contractId = filter.get("objectReferenceId_eq");
    List<RoomView> rooms =
        seed.rooms().stream()
            .filter(r -> isVisibleTo(r, caller))
            .filter(r -> contractId == null || contractId.equals(r.contractId()))
            .map(this::room)
            .sorted(Comparator.comparing(RoomQueries::lastActivity).reversed())
            .toList();
    return SandboxConnections.page(
        rooms,
        RoomView::id,
        room -> room,
        SandboxConnections.input(env.getArgument("pagination")),
        PAGE_SIZE_CAP);
  }

  private Object roomStories(DataFetchingEnvironment env) {
    Map<String, Object> filter = SandboxConnections.input(env.getArgument("filter"));
    Map<String, Object> storyFilter = SandboxConnections.input(filter.get("storyFilter"));
    Optional<SandboxSeed.Room> room = visibleRoom(env, (String) filter.get("roomId_eq"));
    if (room.isEmpty()) {
      return SandboxErrors.fieldError(
          env, SandboxErrors.NOT_FOUND, "Room " + filter.get("roomId_eq") + " was not found");
    }
    Map<String, Object> range =
        SandboxConnections.input(storyFilter.get("storyCreatedDateTime_bt"));
    List<StoryView> views =
        stories.of(room.get()).stream()
            .filter(s -> within(s.createdDateTime(), range))
            .map(s -> story(room.get(), s))
            .toList();
    return SandboxConnections.page(
        views,
        StoryView::id,
        story -> story,
        SandboxConnections.input(storyFilter.get("pagination")),
        PAGE_SIZE_CAP);
  }

  private Object createRoomStory(DataFetchingEnvironment env) {
    Map<String, Object> input = SandboxConnections.input(env.getArgument("input"));
    String roomId = (String) input.get("roomId");
    String message = (String) input.get("message");
    Optional<SandboxSeed.Room> room = visibleRoom(env, roomId);
    if (room.isEmpty()) {
      return SandboxErrors.fieldError(
          env, SandboxErrors.NOT_FOUND, "Room " + roomId + " was not found");
    }
    if (message == null || message.isBlank()) {
      return SandboxErrors.fieldError(
          env, graphql.ErrorType.ValidationError, "A message needs some text");
    }
    if (isReadOnly(room.get())) {
      return SandboxErrors.fieldError(
          env, SandboxErrors.PERMISSION_DENIED, "Room " + roomId + " is read-only");
    }
    return story(room.get(), stories.add(roomId, caller(env).user().id(), message));
  }

  private Optional<SandboxSeed.Room> visibleRoom(DataFetchingEnvironment env, @Nullable String id) {
    return Optional.ofNullable(id).flatMap(seed::room).filter(r -> isVisibleTo(r, caller(env)));
  }

  private boolean isVisibleTo(SandboxSeed.Room room, SandboxCaller caller) {
    return seed.contract(room.contractId()).orElseThrow().isVisibleTo(caller);
  }

  private boolean isReadOnly(SandboxSeed.Room room) {
    return !"ACTIVE".equals(seed.contract(room.contractId()).orElseThrow().status());
  }

  private RoomView room(SandboxSeed.Room room) {
    SandboxSeed.Contract contract = seed.contract(room.contractId()).orElseThrow();
    SandboxSeed.User freelancer = seed.user(contract.freelancerId()).orElseThrow();
    SandboxSeed.Client client = seed.client(contract.clientId()).orElseThrow();
    List<RoomUserView> users =
        List.of(
            new RoomUserView(
                IdentityQueries.genericUser(client),
                IdentityQueries.clientOrganization(client),
                "owner"),
            new RoomUserView(
                IdentityQueries.genericUser(freelancer),
                IdentityQueries.genericOrganization(
                    seed.organization(contract.vendorOrganizationId()).orElseThrow()),
                "participant"));
    List<SandboxSeed.Story> all = stories.of(room);
    return new RoomView(
        room.id(),
        room.roomName(),
        room.topic(),
        "ONE_ON_ONE",
        room.contractId(),
        contract.startDate(),
        isReadOnly(room),
        false,
        false,
        false,
        0,
        users.size(),
        false,
        users,
        List.of(),
        List.of(),
        all.isEmpty() ? null : story(room, all.getFirst()));
  }

  private StoryView story(SandboxSeed.Room room, SandboxSeed.Story story) {
    IdentityQueries.GenericUserView author =
        seed.user(story.authorId())
            .map(IdentityQueries::genericUser)
            .orElseGet(
                () -> IdentityQueries.genericUser(seed.client(story.authorId()).orElseThrow()));
    return new StoryView(
        story.id(),
        room.id(),
        story.createdDateTime(),
        story.createdDateTime(),
        author,
        story.message(),
        List.of());
  }

  private static String lastActivity(RoomView room) {
    return room.latestStory() == null
        ? room.createdAtDateTime()
        : room.latestStory().createdDateTime();
  }

  private static boolean within(String createdDateTime, Map<String, Object> range) {
    Instant created = Instant.parse(createdDateTime);
    return !(range.get("rangeStart") instanceof String start
            && created.isBefore(Instant.parse(start)))
        && !(range.get("rangeEnd") instanceof String end && created.isAfter(Instant.parse(end)));
  }
}
