// Status and Result<T>: errors as values, in the manner of leveldb's Status and
// std::expected. No exception crosses a stage header; adapters around throwing
// libraries turn exceptions into a Status.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace annals {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad input: a malformed record, a bad flag
  kNotFound,         // a file or key that is not there
  kDataError,        // a malformed dictionary or model file
  kIoError,
  kInternal,
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status DataError(std::string m) { return {StatusCode::kDataError, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: <message>", or "OK".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Holds a T or a non-OK Status. Mirrors the surface of std::expected<T, Status>.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {      // NOLINT
    assert(!std::get<Status>(v_).ok());
  }

  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const Status& error() const { return std::get<Status>(v_); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace annals

#define ANNALS_RETURN_IF_ERROR(expr)          \
  do {                                        \
    ::annals::Status _st = (expr);            \
    if (!_st.ok()) return _st;                \
  } while (0)

#define ANNALS_CONCAT_INNER(a, b) a##b
#define ANNALS_CONCAT(a, b) ANNALS_CONCAT_INNER(a, b)
#define ANNALS_ASSIGN_OR_RETURN(lhs, expr)                          \
  auto ANNALS_CONCAT(_res_, __LINE__) = (expr);                     \
  if (!ANNALS_CONCAT(_res_, __LINE__)) return ANNALS_CONCAT(_res_, __LINE__).error(); \
  lhs = std::move(ANNALS_CONCAT(_res_, __LINE__)).value()
