#pragma once
#include "core/estimate/ModelLibrary.hpp"
#include <string>

namespace aifp {

namespace json {
class Value;
}

// A model architecture from a Hugging Face config.json (docs/estimation.md "Any model").
//
// Read: layers (num_hidden_layers | n_layer | num_layers), hidden size (hidden_size | d_model |
// n_embd), heads (num_attention_heads | n_head), KV heads (num_key_value_heads, default the
// heads), head dim (head_dim, default hidden / heads), FFN width (intermediate_size | ffn_dim;
// intermediate_size_mlp for the dense layers of Llama 4), experts (num_local_experts |
// n_routed_experts | num_experts | moe_num_experts), active experts (num_experts_per_tok |
// experts_per_token | moe_top_k), shared experts (n_shared_experts | num_shared_experts), expert
// width (moe_intermediate_size, default the FFN width), dense leading layers
// (first_k_dense_replace), MoE layer interval (interleave_moe_layer_step), vocabulary
// (vocab_size), tied embeddings (tie_word_embeddings), MLA ranks (kv_lora_rank, q_lora_rank,
// qk_rope_head_dim, qk_nope_head_dim, v_head_dim). A "text_config" object (multimodal models) is
// read instead of the top level when present. Sliding-window attention: sliding_window and
// layer_types ("sliding_attention" / "full_attention" per layer); without layer_types a
// sliding_window applies to every layer (Mistral) unless use_sliding_window is false (Qwen).
//
// Total and active parameters are counted from these (embeddings, attention, dense and expert
// SwiGLU FFNs, router). The workload (tokens per request, latency limits) is an assumption the
// caller may override (ServingOptions), or the file's "_aifp_workload" object (the fields of a
// models.json workload) for shipped models with a benchmark of their own. Throws ModelLibraryError
// "<origin>: field '<name>' ..." on a malformed file.
ModelSpec modelFromHfConfig(const std::string& jsonText, const std::string& origin,
                            const std::string& id);
// Reads the file; the id is the file name without directory and ".json".
ModelSpec loadModelConfigFile(const std::string& path);

// A models.json "workload" object (ModelLibrary.cpp). Throws ModelLibraryError "<where>: ...".
ModelWorkload workloadFromJson(const json::Value& obj, const std::string& where);

// Parses a JSON text of a models file or config.json. Throws ModelLibraryError
// "<origin>:<line>:<column>: <reason>" on a syntax error.
json::Value parseModelJson(const std::string& text, const std::string& origin);

} // namespace aifp
