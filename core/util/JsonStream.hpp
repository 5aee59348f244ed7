#pragma once
// Incremental JSON: a pull reader over a stream and a writer straight to a stream, for documents
// too large to hold as a tree (a gigawatt design exports to about 100 MB). Same rules as
// json::parse and json::write (core/util/Json.hpp): the reader refuses exactly what parse
// refuses, with the same messages and positions; the writer writes the bytes write would.
#include "core/util/Json.hpp"
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace aifp::json {

// Reads one JSON document token by token. Containers can be entered (beginObject/nextKey,
// beginArray/nextElement) or read whole (value) or skipped (skipValue). Every method throws
// ParseError (line, column) on malformed input. Duplicate keys are refused in entered objects
// as in values read whole.
class StreamReader {
public:
    // Reads from in in chunks of 64 KiB; the stream must outlive the reader.
    explicit StreamReader(std::istream& in);
    // Reads text, which must outlive the reader.
    explicit StreamReader(std::string_view text);
    ~StreamReader();
    StreamReader(const StreamReader&) = delete;
    StreamReader& operator=(const StreamReader&) = delete;

    enum class Next { Object, Array, Scalar };
    // What the next value is (after whitespace); ParseError at the end of the input.
    Next peek();
    // Enters an object: '{' must come next.
    void beginObject();
    // The next key of the innermost entered object, or false at its '}' (then left).
    bool nextKey(std::string& key);
    // Enters an array: '[' must come next.
    void beginArray();
    // True when the innermost entered array has another element (read it next), false at its
    // ']' (then left).
    bool nextElement();
    // Reads the next value whole.
    Value value();
    // Reads over the next value, checking it as value() would, without building it.
    void skipValue();
    // After the document: only whitespace may remain.
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Writes one JSON document to a stream as json::write(v, indent) writes the same tree: call
// beginObject/key/.../endObject and beginArray/.../endArray in document order, values with
// value(). Output is buffered: flush() at the end hands the rest to the stream (what is not
// flushed is dropped, so an exception half-way never writes a torn tail from a destructor).
class StreamWriter {
public:
    StreamWriter(std::ostream& out, int indent = 2);
    // Appends to text instead (json::write works this way: one definition of the layout).
    StreamWriter(std::string& text, int indent);
    ~StreamWriter();
    StreamWriter(const StreamWriter&) = delete;
    StreamWriter& operator=(const StreamWriter&) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next key of the current object.
    void key(std::string_view k);

    void null();
    void value(bool b);
    void value(double d);
    void value(std::string_view s);
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(const char* s) { value(std::string_view(s)); }
    void value(const Value& v);
    template <class T>
    requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) void value(T n) {
        if constexpr (std::is_unsigned_v<T>)
            integer(Value(static_cast<unsigned long long>(n)).asInteger()); // <= 2^63 - 1
        else
            integer(static_cast<std::int64_t>(n));
    }
    // key(k) then value(v).
    template <class T> void field(std::string_view k, const T& v) {
        key(k);
        value(v);
    }

    // Hands the buffered text to the stream; throws std::runtime_error if the stream failed.
    void flush();

private:
    void integer(std::int64_t n);
    // Enters or leaves a container: '{' or '[' (an object or not), '}' or ']'.
    void open(char bracket, bool object);
    void close(char bracket);
    void beforeValue();
    void newline(int level);

    static constexpr std::size_t kFlushBytes = std::size_t{1} << 16;
    struct Level {
        bool object;
        bool empty;
    };
    std::ostream* out_ = nullptr;
    int indent_;
    std::string own_;
    std::string& buf_;
    std::vector<Level> stack_;
    bool afterKey_ = false;
};

} // namespace aifp::json
