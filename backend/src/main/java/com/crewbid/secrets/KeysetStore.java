package com.crewbid.secrets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Reads and writes the encrypted keysets in {@code platform.secret_keysets}.
 *
 * <p>Every statement runs on its own auto-committed connection, never in the caller's transaction:
 * a keyset created or rotated while sealing must stay committed even if the caller's work rolls
 * back, or this instance would seal with a key no other instance can find.
 */
class KeysetStore {

  record StoredKeyset(byte[] encrypted, long version) {}

  private final DataSource dataSource;

  KeysetStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Optional<StoredKeyset> find(String name) {
    return query(
        "select encrypted_keyset, version from platform.secret_keysets where name = ?",
        name,
        rs -> new StoredKeyset(rs.getBytes(1), rs.getLong(2)));
  }

  OptionalLong version(String name) {
    return query(
            "select version from platform.secret_keysets where name = ?", name, rs -> rs.getLong(1))
        .map(OptionalLong::of)
        .orElse(OptionalLong.empty());
  }

  /** Stores a first keyset unless another instance got there first; says whether this one won. */
  boolean insertIfAbsent(String name, byte[] encrypted) {
    return update(
            "insert into platform.secret_keysets (name, encrypted_keyset) values (?, ?)"
                + " on conflict (name) do nothing",
            statement -> {
              statement.setString(1, name);
              statement.setBytes(2, encrypted);
            })
        == 1;
  }

  /** Replaces the keyset only if nobody changed it since {@code expectedVersion} was read. */
  boolean replace(String name, byte[] encrypted, long expectedVersion) {
    return update(
            "update platform.secret_keysets set encrypted_keyset = ?, rotated_at = now(),"
                + " version = version + 1 where name = ? and version = ?",
            statement -> {
              statement.setBytes(1, encrypted);
              statement.setString(2, name);
              statement.setLong(3, expectedVersion);
            })
        == 1;
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private <T> Optional<T> query(String sql, String name, RowReader<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new SecretSealingException("Could not read the secret keyset " + name, e);
    }
  }

  private int update(String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      connection.setAutoCommit(true);
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new SecretSealingException("Could not store the secret keyset", e);
    }
  }
}
