#pragma once

// The engine's central types declared for headers that only name them (by reference or
// pointer), as <iosfwd> does for streams; the files that use them include the full headers.
namespace aifp {

struct Design; // core/model/Design.hpp
class Catalog; // core/catalog/Catalog.hpp

} // namespace aifp
