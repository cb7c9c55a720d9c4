package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxHttp.AMARA;
import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Message rooms of the seeded contracts: listing, reading, sending. */
@IntegrationTest
class SandboxRoomsIT extends SignedInSandboxTest {

  static final String FREIGHT_ROOM = "room_3f1a9c0e41000001";
  static final String CLOSED_CLINIC_ROOM = "room_3f1a9c0e41000002";
  static final String GROCERY_ROOM = "room_3f1a9c0e41000006";

  static final String STORIES =
      "query($room: String!, $after: String) { roomStories(filter: {roomId_eq: $room,"
          + " storyFilter: {pagination: {first: 2, after: $after}}}) { totalCount"
          + " edges { cursor node { id message createdDateTime user { id name } room { id } } }"
          + " pageInfo { hasNextPage endCursor } } }";

  static final String SEND =
      "mutation($input: RoomStoryCreateInputV2!) { createRoomStoryV2(input: $input) {"
          + " id message createdDateTime user { id } room { id topic } } }";

  @Test
  void whenListingRoomsThenTheCallersContractRoomsWithTheirParticipantsAndLatestMessage() {
    SandboxHttp.Response response =
        sandbox.graphql(
            olena,
            "{ roomList(pagination: {first: 10}, sortOrder: DESC) { totalCount edges { node {"
                + " id roomName topic contractId readOnly numUsers"
                + " roomUsers { user { name } organization { name } role }"
                + " latestStory { message user { id } } } } pageInfo { hasNextPage } } }");

    JsonNode list = data(response).path("roomList");
    assertThat(list.path("totalCount").asInt()).isEqualTo(2);
    JsonNode freight = list.path("edges").get(0).path("node");
    assertThat(freight.path("id").asString()).isEqualTo(FREIGHT_ROOM);
    assertThat(freight.path("readOnly").asBoolean()).isFalse();
    assertThat(freight.path("roomUsers").get(0).path("user").path("name").asString())
        .isEqualTo("Emily C.");
    assertThat(list.path("edges").get(1).path("node").path("readOnly").asBoolean()).isTrue();
  }

  @Test
  void whenSendingAMessageThenItIsStoredAndReadBackFirstAcrossPages() {
    SandboxHttp.Response sent =
        sandbox.graphqlWith(
            olena,
            SEND,
            "{\"input\":{\"roomId\":\""
                + FREIGHT_ROOM
                + "\",\"message\":\"The fix is deployed.\"}}");
    JsonNode story = data(sent).path("createRoomStoryV2");
    assertThat(story.path("user").path("id").asString()).isEqualTo(OLENA);
    assertThat(story.path("room").path("topic").asString()).startsWith("Freight quoting");

    JsonNode firstPage = stories(FREIGHT_ROOM, "null");
    int total = firstPage.path("totalCount").asInt();
    assertThat(total).isGreaterThanOrEqualTo(4);
    assertThat(firstPage.path("edges")).hasSize(2);
    assertThat(firstPage.path("edges").get(0).path("node").path("id").asString())
        .isEqualTo(story.path("id").asString());
    assertThat(firstPage.path("edges").get(0).path("node").path("room").path("id").asString())
        .isEqualTo(FREIGHT_ROOM);
    JsonNode secondPage =
        stories(
            FREIGHT_ROOM, "\"" + firstPage.path("pageInfo").path("endCursor").asString() + "\"");
    assertThat(secondPage.path("edges").get(0).path("node").path("id").asString())
        .isNotEqualTo(firstPage.path("edges").get(1).path("node").path("id").asString());
  }

  @Test
  void whenTheRoomIsSomeoneElsesOrClosedThenAnErrorInsteadOfAStory() {
    SandboxHttp.Response foreign =
        sandbox.graphqlWith(olena, STORIES, "{\"room\":\"" + GROCERY_ROOM + "\",\"after\":null}");
    assertThat(foreign.json().path("data").path("roomStories").isNull()).isTrue();
    assertThat(classification(foreign)).isEqualTo("NotFound");

    SandboxHttp.Response closed =
        sandbox.graphqlWith(
            olena,
            SEND,
            "{\"input\":{\"roomId\":\"" + CLOSED_CLINIC_ROOM + "\",\"message\":\"Hello again\"}}");
    assertThat(closed.json().path("data").path("createRoomStoryV2").isNull()).isTrue();
    assertThat(classification(closed)).isEqualTo("PermissionDenied");

    String amara = sandbox.signIn(AMARA).accessToken();
    SandboxHttp.Response amaraReads =
        sandbox.graphqlWith(amara, STORIES, "{\"room\":\"" + GROCERY_ROOM + "\",\"after\":null}");
    assertThat(amaraReads.json().path("data").path("roomStories").path("totalCount").asInt())
        .isPositive();
  }

  JsonNode stories(String room, String after) {
    return data(sandbox.graphqlWith(
            olena, STORIES, "{\"room\":\"" + room + "\",\"after\":" + after + "}"))
        .path("roomStories");
  }
}
