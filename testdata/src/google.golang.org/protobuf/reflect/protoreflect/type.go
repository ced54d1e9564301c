package protoreflect

// Descriptor is the common part of every descriptor.
type Descriptor interface {
	ParentFile() FileDescriptor
	Parent() Descriptor
	Index() int
	Syntax() Syntax
	Name() Name
	FullName() FullName
	IsPlaceholder() bool
	Options() ProtoMessage
	doNotImplement
}

type isFileDescriptor interface{ ProtoType(FileDescriptor) }
type isMessageDescriptor interface{ ProtoType(MessageDescriptor) }
type isFieldDescriptor interface{ ProtoType(FieldDescriptor) }
type isOneofDescriptor interface{ ProtoType(OneofDescriptor) }
type isEnumDescriptor interface{ ProtoType(EnumDescriptor) }
type isEnumValueDescriptor interface{ ProtoType(EnumValueDescriptor) }
type isServiceDescriptor interface{ ProtoType(ServiceDescriptor) }
type isMethodDescriptor interface{ ProtoType(MethodDescriptor) }

// FileDescriptor describes a .proto file.
type FileDescriptor interface {
	Descriptor
	Path() string
	Package() FullName
	Imports() FileImports
	Enums() EnumDescriptors
	Messages() MessageDescriptors
	Extensions() ExtensionDescriptors
	Services() ServiceDescriptors
	SourceLocations() SourceLocations
	isFileDescriptor
}

// FileImports lists the imports of a file.
type FileImports interface {
	Len() int
	Get(i int) FileImport
	doNotImplement
}

// FileImport is one import of a file.
type FileImport struct {
	FileDescriptor
	IsPublic bool
	IsWeak   bool
}

// MessageDescriptor describes a message type.
type MessageDescriptor interface {
	Descriptor
	IsMapEntry() bool
	Fields() FieldDescriptors
	Oneofs() OneofDescriptors
	ReservedNames() Names
	ReservedRanges() FieldRanges
	RequiredNumbers() FieldNumbers
	ExtensionRanges() FieldRanges
	ExtensionRangeOptions(i int) ProtoMessage
	Enums() EnumDescriptors
	Messages() MessageDescriptors
	Extensions() ExtensionDescriptors
	isMessageDescriptor
}

// MessageType creates messages of one type.
type MessageType interface {
	New() Message
	Zero() Message
	Descriptor() MessageDescriptor
}

// MessageDescriptors is a list of message descriptors.
type MessageDescriptors interface {
	Len() int
	Get(i int) MessageDescriptor
	ByName(s Name) MessageDescriptor
	doNotImplement
}

// FieldDescriptor describes a field.
type FieldDescriptor interface {
	Descriptor
	Number() FieldNumber
	Cardinality() Cardinality
	Kind() Kind
	HasJSONName() bool
	JSONName() string
	TextName() string
	HasPresence() bool
	IsExtension() bool
	HasOptionalKeyword() bool
	IsWeak() bool
	IsPacked() bool
	IsList() bool
	IsMap() bool
	MapKey() FieldDescriptor
	MapValue() FieldDescriptor
	HasDefault() bool
	Default() Value
	DefaultEnumValue() EnumValueDescriptor
	ContainingOneof() OneofDescriptor
	ContainingMessage() MessageDescriptor
	Enum() EnumDescriptor
	Message() MessageDescriptor
	isFieldDescriptor
}

// FieldDescriptors is a list of field descriptors.
type FieldDescriptors interface {
	Len() int
	Get(i int) FieldDescriptor
	ByName(s Name) FieldDescriptor
	ByJSONName(s string) FieldDescriptor
	ByTextName(s string) FieldDescriptor
	ByNumber(n FieldNumber) FieldDescriptor
	doNotImplement
}

// OneofDescriptor describes a oneof.
type OneofDescriptor interface {
	Descriptor
	IsSynthetic() bool
	Fields() FieldDescriptors
	isOneofDescriptor
}

// OneofDescriptors is a list of oneof descriptors.
type OneofDescriptors interface {
	Len() int
	Get(i int) OneofDescriptor
	ByName(s Name) OneofDescriptor
	doNotImplement
}

// ExtensionDescriptor is an alias of FieldDescriptor.
type ExtensionDescriptor = FieldDescriptor

// ExtensionTypeDescriptor is an extension descriptor with its type.
type ExtensionTypeDescriptor interface {
	ExtensionDescriptor
	Type() ExtensionType
	Descriptor() ExtensionDescriptor
}

// ExtensionDescriptors is a list of extension descriptors.
type ExtensionDescriptors interface {
	Len() int
	Get(i int) ExtensionDescriptor
	ByName(s Name) ExtensionDescriptor
	doNotImplement
}

// ExtensionType is the type of an extension field.
type ExtensionType interface {
	New() Value
	Zero() Value
	TypeDescriptor() ExtensionTypeDescriptor
	ValueOf(any) Value
	InterfaceOf(Value) any
	IsValidValue(Value) bool
	IsValidInterface(any) bool
}

// EnumDescriptor describes an enum.
type EnumDescriptor interface {
	Descriptor
	Values() EnumValueDescriptors
	ReservedNames() Names
	ReservedRanges() EnumRanges
	IsClosed() bool
	isEnumDescriptor
}

// EnumDescriptors is a list of enum descriptors.
type EnumDescriptors interface {
	Len() int
	Get(i int) EnumDescriptor
	ByName(s Name) EnumDescriptor
	doNotImplement
}

// EnumValueDescriptor describes an enum value.
type EnumValueDescriptor interface {
	Descriptor
	Number() EnumNumber
	isEnumValueDescriptor
}

// EnumValueDescriptors is a list of enum value descriptors.
type EnumValueDescriptors interface {
	Len() int
	Get(i int) EnumValueDescriptor
	ByName(s Name) EnumValueDescriptor
	ByNumber(n EnumNumber) EnumValueDescriptor
	doNotImplement
}

// ServiceDescriptor describes a service.
type ServiceDescriptor interface {
	Descriptor
	Methods() MethodDescriptors
	isServiceDescriptor
}

// ServiceDescriptors is a list of service descriptors.
type ServiceDescriptors interface {
	Len() int
	Get(i int) ServiceDescriptor
	ByName(s Name) ServiceDescriptor
	doNotImplement
}

// MethodDescriptor describes a service method.
type MethodDescriptor interface {
	Descriptor
	Input() MessageDescriptor
	Output() MessageDescriptor
	IsStreamingClient() bool
	IsStreamingServer() bool
	isMethodDescriptor
}

// MethodDescriptors is a list of method descriptors.
type MethodDescriptors interface {
	Len() int
	Get(i int) MethodDescriptor
	ByName(s Name) MethodDescriptor
	doNotImplement
}

// Names is a list of names.
type Names interface {
	Len() int
	Get(i int) Name
	Has(s Name) bool
	doNotImplement
}

// FieldNumbers is a list of field numbers.
type FieldNumbers interface {
	Len() int
	Get(i int) FieldNumber
	Has(n FieldNumber) bool
	doNotImplement
}

// FieldRanges is a list of field number ranges.
type FieldRanges interface {
	Len() int
	Get(i int) [2]FieldNumber
	Has(n FieldNumber) bool
	doNotImplement
}

// EnumRanges is a list of enum number ranges.
type EnumRanges interface {
	Len() int
	Get(i int) [2]EnumNumber
	Has(n EnumNumber) bool
	doNotImplement
}

// SourceLocations lists the source locations of a file.
type SourceLocations interface {
	Len() int
	Get(int) SourceLocation
	ByPath(path SourcePath) SourceLocation
	ByDescriptor(desc Descriptor) SourceLocation
	doNotImplement
}

// SourceLocation is one source location.
type SourceLocation struct {
	Path                    SourcePath
	StartLine               int
	StartColumn             int
	EndLine                 int
	EndColumn               int
	LeadingDetachedComments []string
	LeadingComments         string
	TrailingComments        string
	Next                    int
}

// SourcePath is the path of a declaration in a file descriptor.
type SourcePath []int32
