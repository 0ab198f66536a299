// The host's view of a running hint (cairovm/hint_api.hpp) over the VM's HintContext.
#include "cairovm/hint_api.hpp"

#include "vm.hpp"

namespace cairovm {

MaybeRelocatable HintAccess::ids_get(const std::string& name) const {
  return context_.ids_get(name);
}
Felt HintAccess::ids_felt(const std::string& name) const {
  return context_.ids_felt(name);
}
Relocatable HintAccess::ids_pointer(const std::string& name) const {
  return context_.ids_pointer(name);
}
Relocatable HintAccess::ids_address(const std::string& name) const {
  return context_.ids_address(name);
}
void HintAccess::ids_set(const std::string& name, const MaybeRelocatable& value) const {
  context_.ids_set(name, value);
}
Felt HintAccess::ids_constant(const std::string& name) const {
  return context_.ids_constant(name);
}

Relocatable HintAccess::ap() const {
  return context_.vm.ap;
}
Relocatable HintAccess::fp() const {
  return context_.vm.fp;
}
Relocatable HintAccess::pc() const {
  return context_.vm.pc;
}

Memory& HintAccess::memory() const {
  return context_.vm.memory();
}

std::any* HintAccess::scope_variable(const std::string& name) const {
  ScopeDict& scope = context_.vm.exec_scopes.back();
  auto it = scope.find(name);
  return it == scope.end() ? nullptr : &it->second;
}
std::optional<Felt> HintAccess::scope_felt(const std::string& name) const {
  const std::any* value = scope_variable(name);
  const Felt* felt = value == nullptr ? nullptr : std::any_cast<Felt>(value);
  return felt == nullptr ? std::nullopt : std::optional<Felt>(*felt);
}
void HintAccess::set_scope_variable(const std::string& name, std::any value) const {
  assign_scope(context_.vm.exec_scopes.back(), std::string(name), std::move(value));
}
void HintAccess::erase_scope_variable(const std::string& name) const {
  context_.vm.exec_scopes.back().erase(name);
}
void HintAccess::enter_scope() const {
  context_.vm.enter_scope();
}
void HintAccess::exit_scope() const {
  context_.vm.exit_scope();
}

}  // namespace cairovm
