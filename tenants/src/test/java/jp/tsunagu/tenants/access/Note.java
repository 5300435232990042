package jp.tsunagu.tenants.access;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stand-in for tenant data: table "note" with no schema, so it lives wherever the transaction is bound. */
@Entity
@Table(name = "note")
@Cacheable(false)
public class Note {

    @Id
    private long id;

    @Column(name = "text")
    private String text;

    protected Note() {
    }

    public Note(long id, String text) {
        this.id = id;
        this.text = text;
    }

    public String text() {
        return text;
    }
}
