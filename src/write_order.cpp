#include "write_order.hpp"

namespace cairovm {

SeenCells::SeenCells(const Memory& memory)
    : dense_(static_cast<std::size_t>(memory.num_segments())), segments_(dense_.size()) {
  for (std::size_t s = 0; s < dense_.size(); ++s) {
    dense_[s].assign((memory.dense_size(static_cast<std::int64_t>(s)) + 63) / 64, 0);
  }
}

}  // namespace cairovm
