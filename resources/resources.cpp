// The resources' home library; qt_add_resources adds the compiled files to it.
namespace Curator {
int resourcesLibrary()
{
    return 0;
}
} // namespace Curator
