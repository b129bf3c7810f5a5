#pragma once

#include <QHashFunctions>
#include <QStringView>

#include <vector>

namespace sb {

// A map from words to values for large word lists, built once and then only read: an open-addressing table of
// (hash, index) pairs over one character arena holding every key. Compared with QHash<QString, Value> it allocates
// nothing per key, looks keys up from a QStringView (no QString to build), and compares strings only when the stored
// hash matches, so a lookup or an insertion usually touches one slot and one key.
template <typename Value>
class WordTable
{
public:
    // Room for about `keys` keys without growing.
    void reserve(qsizetype keys)
    {
        if (keys * 2 > qsizetype(m_slots.size()))
            rehash(capacityFor(keys));
        m_values.reserve(keys);
        m_starts.reserve(keys + 1);
    }

    qsizetype size() const { return qsizetype(m_values.size()); }

    // The value of `key`, or nullptr.
    const Value* find(QStringView key) const
    {
        if (m_slots.empty())
            return nullptr;
        const quint32 hash = hashOf(key);
        for (size_t i = hash & mask();; i = (i + 1) & mask()) {
            const Slot& slot = m_slots[i];
            if (slot.index == 0)
                return nullptr;
            if (slot.hash == hash && keyAt(slot.index - 1) == key)
                return &m_values[slot.index - 1];
        }
    }

    // The value of `key`, inserted default-constructed when missing.
    Value& operator[](QStringView key)
    {
        if ((size() + 1) * 2 > qsizetype(m_slots.size()))
            rehash(capacityFor(std::max<qsizetype>(size() * 2, 64)));
        const quint32 hash = hashOf(key);
        size_t i = hash & mask();
        for (;; i = (i + 1) & mask()) {
            const Slot& slot = m_slots[i];
            if (slot.index == 0)
                break;
            if (slot.hash == hash && keyAt(slot.index - 1) == key)
                return m_values[slot.index - 1];
        }
        if (m_starts.empty())
            m_starts.push_back(0);
        m_chars.insert(m_chars.end(), key.utf16(), key.utf16() + key.size());
        m_starts.push_back(quint32(m_chars.size()));
        m_values.emplace_back();
        m_slots[i] = Slot{hash, quint32(m_values.size())};
        return m_values.back();
    }

    // Calls `visit(key, value)` for every entry, in insertion order.
    template <typename Visitor>
    void forEach(Visitor visit) const
    {
        for (qsizetype i = 0; i < size(); ++i)
            visit(keyAt(quint32(i)), m_values[size_t(i)]);
    }

private:
    struct Slot
    {
        quint32 hash = 0;
        quint32 index = 0; // one past the entry's index; 0 marks an empty slot
    };

    static quint32 hashOf(QStringView key) { return quint32(qHash(key, 0)); }
    static size_t capacityFor(qsizetype keys)
    {
        size_t capacity = 64;
        while (capacity < size_t(keys) * 2)
            capacity *= 2;
        return capacity;
    }
    size_t mask() const { return m_slots.size() - 1; }
    QStringView keyAt(quint32 index) const
    {
        return QStringView(m_chars.data() + m_starts[index], m_starts[index + 1] - m_starts[index]);
    }
    void rehash(size_t capacity)
    {
        std::vector<Slot> table(capacity);
        for (const Slot& slot : m_slots) {
            if (slot.index == 0)
                continue;
            size_t i = slot.hash & (capacity - 1);
            while (table[i].index != 0)
                i = (i + 1) & (capacity - 1);
            table[i] = slot;
        }
        m_slots.swap(table);
    }

    std::vector<Slot> m_slots; // a power of two, at most half full
    std::vector<char16_t> m_chars;
    std::vector<quint32> m_starts; // key i is m_chars[m_starts[i], m_starts[i + 1])
    std::vector<Value> m_values;
};

} // namespace sb
