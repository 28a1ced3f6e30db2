package org.matchday.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/** An organiser's or staff member's login. The password is kept only as a bcrypt hash. */
@Entity
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    /** The username in lower case: usernames are unique regardless of case. */
    @Column(name = "username_key", nullable = false, unique = true)
    public String usernameKey;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** The bootstrap organiser, who sees and changes every event. */
    @Column(nullable = false)
    public boolean administrator;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** The key under which {@code username} is unique: the same for every spelling of it in upper or lower case. */
    public static String keyOf(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    @PrePersist
    void keyUsername() {
        if (usernameKey == null) {
            usernameKey = keyOf(username);
        }
    }

    public static Account findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
