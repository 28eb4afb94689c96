#include "load/book_identifier.h"

#include <gtest/gtest.h>

namespace quire::load {
namespace {

// Reference values: UUID v5 of "quire:book:" + title in the RFC 4122 URL namespace.
TEST(BookIdentifier, IsTheNameBasedUuidOfTheTitle) {
  EXPECT_EQ(identifier_for_title("A Small Book"), "urn:uuid:afe988cb-075f-512d-b5c6-3299aa970a37");
  EXPECT_EQ(identifier_for_title("\xC3\x9Cmlaut"), "urn:uuid:103600ec-2b2b-5759-89b5-686743547179");
}

TEST(BookIdentifier, DiffersByTitle) {
  EXPECT_NE(identifier_for_title("A"), identifier_for_title("B"));
}

}  // namespace
}  // namespace quire::load
