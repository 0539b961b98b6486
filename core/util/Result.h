#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace planea {

/// What went wrong, in the user's words (already translated), and what kind of failure it is,
/// so the CLI can choose its exit code and the GUI its dialog.
struct Error
{
    enum class Kind {
        BadInput, ///< unreadable, damaged or malformed input; wrong arguments
        Locked, ///< the plan is open in another process
        NewerVersion, ///< written by a newer Planea
        Io, ///< the disk refused (read-only, full, missing folder)
        Internal, ///< a bug or an unexpected failure of a dependency
        Cancelled ///< the user stopped a long operation
    };

    Kind kind = Kind::Internal;
    QString message;

    static Error badInput(QString msg) { return { Kind::BadInput, std::move(msg) }; }
    static Error io(QString msg) { return { Kind::Io, std::move(msg) }; }
    static Error internal(QString msg) { return { Kind::Internal, std::move(msg) }; }
    static Error cancelled(QString msg) { return { Kind::Cancelled, std::move(msg) }; }
};

/// A value or an Error. Core functions that can fail return this instead of throwing.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_data(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace planea
